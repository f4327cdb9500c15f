package org.a6portal.pacm;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import jakarta.persistence.QueryHint;
import org.a6portal.common.PublicationStatus;
import org.a6portal.country.Region;
import org.hibernate.jpa.HibernateHints;
import org.jspecify.annotations.Nullable;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.jpa.repository.QueryHints;
import org.springframework.data.repository.Repository;

/**
 * PACM activities: a host's published ones, and the editors' list.
 */
public interface PacmActivityRepository extends Repository<PacmActivity, Long> {

	Optional<PacmActivity> findById(Long id);

	Optional<PacmActivity> findBySlug(String slug);

	/** The records with these slugs, in one query (imports). */
	List<PacmActivity> findBySlugIn(java.util.Collection<String> slugs);

	Optional<PacmActivity> findByUnfcccReference(String unfcccReference);

	PacmActivity save(PacmActivity activity);

	void delete(PacmActivity activity);

	/**
	 * Every activity, for the portal-wide content-health page: read as the caller goes, 200 rows a fetch, so that
	 * 245,900 activities (100 times the seed) never sit in memory at once. Close the stream; call it in a transaction.
	 */
	@QueryHints(@QueryHint(name = HibernateHints.HINT_FETCH_SIZE, value = "200"))
	Stream<PacmActivity> streamAllByOrderByTitle();

	/** Editors' list: title, UNFCCC reference, notes or slug containing the text (accents ignored), by status and host, one page. */
	@Query(value = """
			select a from PacmActivity a
			where (:text = '' or search_fold(a.title) like concat('%', :text, '%')
			       or lower(a.unfcccReference) like concat('%', :text, '%') or a.slug like concat('%', :text, '%')
			       or search_fold(a.notes) like concat('%', :text, '%'))
			and (:status is null or a.publicationStatus = :status)
			and (:country is null or a.hostIso2 = :country)
			""")
	Page<PacmActivity> search(String text, @Nullable PublicationStatus status, @Nullable String country,
			Pageable pageable);

	/**
	 * Every activity a country hosts (alone or with other hosts), for the API's country record. "Hosts" is a union of
	 * two index scans (host, other hosts): an "or member of" would read every activity.
	 */
	@Query("""
			select a from PacmActivity a
			left join fetch a.activityType t left join fetch t.sector
			where a.id in (select x.id from PacmActivity x where x.hostIso2 = :iso2
			           union all select y.id from PacmActivity y join y.otherHosts h where h = :iso2)
			and (:shown is null or a.publicationStatus = :shown)
			order by a.stageOn desc nulls last, a.title
			""")
	List<PacmActivity> findPublishedByHost(String iso2, @Nullable PublicationStatus shown);

	/**
	 * The API's lists: published activities matching the filters, with activity type and sector, by slug. A
	 * programme with several hosts is listed under each of them (its host and other hosts count for the country and
	 * region filters).
	 */
	@Query(value = """
			select a from PacmActivity a
			left join fetch a.activityType t left join fetch t.sector
			where a.publicationStatus = org.a6portal.common.PublicationStatus.PUBLISHED
			and (:host is null or a.id in (select x.id from PacmActivity x where x.hostIso2 = :host
			           union all select y.id from PacmActivity y join y.otherHosts h where h = :host))
			and (:stage is null or a.stage = :stage)
			and (:origin is null or a.origin = :origin)
			and (:region is null or a.id in (select x.id from PacmActivity x where x.hostIso2 in
			           (select c.iso2 from Country c where c.region = :region)
			           union all select y.id from PacmActivity y join y.otherHosts h where h in
			           (select d.iso2 from Country d where d.region = :region)))
			and (:form is null or a.form = :form)
			and (:sector is null or a.activityType.sector.code = :sector)
			and (:activityType is null or a.activityType.code = :activityType)
			order by a.slug
			""", countQuery = """
			select count(a) from PacmActivity a
			where a.publicationStatus = org.a6portal.common.PublicationStatus.PUBLISHED
			and (:host is null or a.id in (select x.id from PacmActivity x where x.hostIso2 = :host
			           union all select y.id from PacmActivity y join y.otherHosts h where h = :host))
			and (:stage is null or a.stage = :stage)
			and (:origin is null or a.origin = :origin)
			and (:region is null or a.id in (select x.id from PacmActivity x where x.hostIso2 in
			           (select c.iso2 from Country c where c.region = :region)
			           union all select y.id from PacmActivity y join y.otherHosts h where h in
			           (select d.iso2 from Country d where d.region = :region)))
			and (:form is null or a.form = :form)
			and (:sector is null or a.activityType.sector.code = :sector)
			and (:activityType is null or a.activityType.code = :activityType)
			""")
	Page<PacmActivity> findPublished(@Nullable String host, @Nullable Stage stage, @Nullable Origin origin,
			@Nullable Region region, @Nullable ActivityForm form, @Nullable String sector, @Nullable String activityType,
			Pageable pageable);

	/**
	 * A published activity's own page: with its type, sector, programme, other hosts and authorising and acquiring
	 * Parties, in one statement (both collections are sets of a few rows each).
	 */
	@Query("""
			select distinct a from PacmActivity a
			left join fetch a.activityType t left join fetch t.sector
			left join fetch a.programme
			left join fetch a.otherHosts
			left join fetch a.parties
			where a.slug = :slug
			and a.publicationStatus = org.a6portal.common.PublicationStatus.PUBLISHED
			""")
	Optional<PacmActivity> findPublishedBySlug(String slug);

	/** The API's record of a programme: its published components, by title. */
	@Query("""
			select a from PacmActivity a
			where a.programme.id = :programmeId
			and a.publicationStatus = org.a6portal.common.PublicationStatus.PUBLISHED
			order by a.title, a.slug
			""")
	List<PacmActivity> findPublishedComponentsOf(Long programmeId);

}
