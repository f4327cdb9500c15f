package org.a6portal.sector;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/**
 * The taxonomy's activity types, with their sector.
 */
public interface ActivityTypeRepository extends Repository<ActivityType, String> {

	Optional<ActivityType> findById(String code);

	/** Every activity type with its sector, in the sectors' order, then in its own. */
	@Query("select t from ActivityType t join fetch t.sector s order by s.sortOrder, t.sortOrder")
	List<ActivityType> findAllInSectorOrder();

}
