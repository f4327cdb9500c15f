package org.a6portal.sector;

import java.util.List;

import org.springframework.data.repository.Repository;

/**
 * The taxonomy's sectors, in display order.
 */
public interface SectorRepository extends Repository<Sector, String> {

	List<Sector> findAllByOrderBySortOrder();

	List<Sector> findAllById(Iterable<String> codes);

	java.util.Optional<Sector> findById(String code);

	/** The sector at this place in the order (the order is unique). */
	java.util.Optional<Sector> findBySortOrder(short sortOrder);

	/** A free place at the end of the order: ten after the last, as the seeded sectors are spaced. */
	@org.springframework.data.jpa.repository.Query(value = "SELECT least(coalesce(max(sort_order), 0) + 10, 9999) FROM sector",
			nativeQuery = true)
	int nextSortOrder();

	Sector save(Sector sector);

	void delete(Sector sector);

	@org.springframework.data.jpa.repository.Query("""
			select s from Sector s
			where (:text = '' or lower(s.nameEn) like concat('%', :text, '%') or s.code like concat('%', :text, '%'))
			""")
	org.springframework.data.domain.Page<Sector> search(String text, org.springframework.data.domain.Pageable pageable);

	/** How many activity types, approaches, mitigation and PACM activities name the sector. */
	@org.springframework.data.jpa.repository.Query(value = """
			SELECT (SELECT count(*) FROM activity_type WHERE sector_code = :code)
			     + (SELECT count(*) FROM cooperative_approach_sector WHERE sector_code = :code)
			""", nativeQuery = true)
	long countReferences(String code);

}
