package org.a6portal.pacm;

import java.util.List;
import java.util.Optional;

import org.a6portal.common.PublicationStatus;
import org.jspecify.annotations.Nullable;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
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

	/** Every activity, for the portal-wide content-health page. */
	List<PacmActivity> findAllByOrderByTitle();

	/** Editors' list: title, UNFCCC reference or slug containing the text, by status and host, one page. */
	@Query(value = """
			select a from PacmActivity a
			where (:text = '' or lower(a.title) like concat('%', :text, '%')
			       or lower(a.unfcccReference) like concat('%', :text, '%') or a.slug like concat('%', :text, '%'))
			and (:status is null or a.publicationStatus = :status)
			and (:country is null or a.hostIso2 = :country)
			""")
	Page<PacmActivity> search(String text, @Nullable PublicationStatus status, @Nullable String country,
			Pageable pageable);

	/** Every activity a country hosts (alone or with other hosts), for the API's country record. */
	@Query("""
			select a from PacmActivity a
			left join fetch a.activityType t left join fetch t.sector
			where (a.hostIso2 = :iso2 or :iso2 member of a.otherHosts)
			and (:shown is null or a.publicationStatus = :shown)
			order by a.stageOn desc nulls last, a.title
			""")
	List<PacmActivity> findPublishedByHost(String iso2, @Nullable PublicationStatus shown);

	/**
	 * The country page's summary in one statement, whatever the number of activities: how many there are and their
	 * expected reductions per stage, form and activity type.
	 */
	@Query("""
			select new org.a6portal.pacm.PacmTally(a.stage, a.form, t.code, count(a),
			    count(a.expectedReductionsTco2ePerYear), sum(a.expectedReductionsTco2ePerYear))
			from PacmActivity a left join a.activityType t
			where (a.hostIso2 = :iso2 or :iso2 member of a.otherHosts)
			and (:shown is null or a.publicationStatus = :shown)
			group by a.stage, a.form, t.code
			""")
	List<PacmTally> tallyByHost(String iso2, @Nullable PublicationStatus shown);

	/**
	 * A country's largest activities by expected reductions per year: its components ({@code components}) or its
	 * projects and programmes, as many as the page asks for, with activity type, sector and programme.
	 */
	@Query("""
			select a from PacmActivity a
			left join fetch a.activityType t left join fetch t.sector left join fetch a.programme
			where (a.hostIso2 = :iso2 or :iso2 member of a.otherHosts)
			and (:shown is null or a.publicationStatus = :shown)
			and ((:components = true and a.form = org.a6portal.pacm.ActivityForm.COMPONENT)
			     or (:components = false and (a.form is null or a.form <> org.a6portal.pacm.ActivityForm.COMPONENT)))
			order by a.expectedReductionsTco2ePerYear desc nulls last, a.title, a.id
			""")
	List<PacmActivity> findLargestByHost(String iso2, @Nullable PublicationStatus shown, boolean components,
			Pageable pageable);

	/**
	 * The API's lists: published activities matching the filters, with activity type and sector, by slug. A
	 * programme with several hosts is listed under each of them.
	 */
	@Query(value = """
			select a from PacmActivity a
			left join fetch a.activityType t left join fetch t.sector
			where a.publicationStatus = org.a6portal.common.PublicationStatus.PUBLISHED
			and (:host is null or a.hostIso2 = :host or :host member of a.otherHosts)
			and (:stage is null or a.stage = :stage)
			and (:origin is null or a.origin = :origin)
			order by a.slug
			""", countQuery = """
			select count(a) from PacmActivity a
			where a.publicationStatus = org.a6portal.common.PublicationStatus.PUBLISHED
			and (:host is null or a.hostIso2 = :host or :host member of a.otherHosts)
			and (:stage is null or a.stage = :stage)
			and (:origin is null or a.origin = :origin)
			""")
	Page<PacmActivity> findPublished(@Nullable String host, @Nullable Stage stage, @Nullable Origin origin,
			Pageable pageable);

	/** A published activity's own page: with its type, sector, programme and other hosts, in one statement. */
	@Query("""
			select distinct a from PacmActivity a
			left join fetch a.activityType t left join fetch t.sector
			left join fetch a.programme
			left join fetch a.otherHosts
			where a.slug = :slug
			and a.publicationStatus = org.a6portal.common.PublicationStatus.PUBLISHED
			""")
	Optional<PacmActivity> findPublishedBySlug(String slug);

}
