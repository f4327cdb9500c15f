package org.a6portal.sector;

import java.util.List;

import org.springframework.data.repository.Repository;

/**
 * The taxonomy's sectors, in display order.
 */
public interface SectorRepository extends Repository<Sector, String> {

	List<Sector> findAllByOrderBySortOrder();

	List<Sector> findAllById(Iterable<String> codes);

}
