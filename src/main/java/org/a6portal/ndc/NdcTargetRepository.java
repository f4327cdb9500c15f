package org.a6portal.ndc;

import java.util.List;
import java.util.Optional;

import org.a6portal.common.PublicationStatus;
import org.a6portal.country.Region;
import org.jspecify.annotations.Nullable;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/**
 * NDC targets with their submission: a country's published ones, and the editors' list.
 */
public interface NdcTargetRepository extends Repository<NdcTarget, Long> {

	Optional<NdcTarget> findById(Long id);

	Optional<NdcTarget> findBySlug(String slug);

	/** The records with these slugs, in one query (imports). */
	List<NdcTarget> findBySlugIn(java.util.Collection<String> slugs);

	NdcTarget save(NdcTarget target);

	void delete(NdcTarget target);

	/** Every target with its NDC version, for the portal-wide content-health page. */
	@Query("""
			select t from NdcTarget t join fetch t.submission s
			order by s.countryIso2, s.versionYear desc, s.label, t.targetYear nulls last, t.id
			""")
	List<NdcTarget> findAllWithSubmission();

	/** Editors' list: notes, NDC label or slug containing the text, by status and country, one page. */
	@Query(value = """
			select t from NdcTarget t join t.submission s
			where (:text = '' or search_fold(t.notes) like concat('%', :text, '%')
			       or search_fold(s.label) like concat('%', :text, '%') or t.slug like concat('%', :text, '%'))
			and (:status is null or t.publicationStatus = :status)
			and (:country is null or s.countryIso2 = :country)
			""")
	Page<NdcTarget> search(String text, @Nullable PublicationStatus status, @Nullable String country,
			Pageable pageable);

	/** A country's published targets, newest NDC first, unconditional before conditional within a year. */
	@Query("""
			select t from NdcTarget t join fetch t.submission s
			where s.countryIso2 = :iso2
			and (:shown is null or t.publicationStatus = :shown)
			order by s.isCurrent desc, s.versionYear desc, s.label, t.targetYear nulls last, t.conditional nulls first,
			         t.id
			""")
	List<NdcTarget> findPublishedByCountry(String iso2, @Nullable PublicationStatus shown);

	/**
	 * The API's lists: published targets matching the filters (as {@link NdcTargetCriteria} defines them, the overview
	 * page's too), with their NDC version, by country and version.
	 */
	@Query(value = """
			select t from NdcTarget t join fetch t.submission s
			where t.publicationStatus = org.a6portal.common.PublicationStatus.PUBLISHED
			and (:country is null or s.countryIso2 = :country)
			and (:region is null or exists (select 1 from Country c where c.iso2 = s.countryIso2 and c.region = :region))
			and (:targetType is null or t.targetType = :targetType)
			and (:targetYear is null or t.targetYear = :targetYear)
			and (:conditional is null or t.conditional = :conditional)
			and (:netZeroYear is null or t.netZeroYear = :netZeroYear)
			order by s.countryIso2, s.isCurrent desc, s.versionYear desc, s.label, t.targetYear nulls last,
			         t.conditional nulls first, t.id
			""", countQuery = """
			select count(t) from NdcTarget t join t.submission s
			where t.publicationStatus = org.a6portal.common.PublicationStatus.PUBLISHED
			and (:country is null or s.countryIso2 = :country)
			and (:region is null or exists (select 1 from Country c where c.iso2 = s.countryIso2 and c.region = :region))
			and (:targetType is null or t.targetType = :targetType)
			and (:targetYear is null or t.targetYear = :targetYear)
			and (:conditional is null or t.conditional = :conditional)
			and (:netZeroYear is null or t.netZeroYear = :netZeroYear)
			""")
	Page<NdcTarget> findPublished(@Nullable String country, @Nullable Region region, @Nullable TargetType targetType,
			@Nullable Short targetYear, @Nullable Boolean conditional, @Nullable Short netZeroYear, Pageable pageable);

	/** {@link #findPublished} with the criteria of the overview page. */
	default Page<NdcTarget> findPublished(NdcTargetCriteria criteria, Pageable pageable) {
		return findPublished(criteria.country(), criteria.region(), criteria.targetType(), shortOf(criteria.targetYear()),
				criteria.conditional(), shortOf(criteria.netZeroYear()), pageable);
	}

	private static @Nullable Short shortOf(@Nullable Integer year) {
		return (year != null) ? year.shortValue() : null;
	}

	/**
	 * The published targets of one NDC version (a target set, by the version's slug) with their version, in the
	 * order of the country page's table; none if the set has no published target or no such set exists.
	 */
	@Query("""
			select t from NdcTarget t join fetch t.submission s
			where s.slug = :slug and t.publicationStatus = org.a6portal.common.PublicationStatus.PUBLISHED
			order by t.targetYear nulls last, t.conditional nulls first, t.id
			""")
	List<NdcTarget> findPublishedBySetSlug(String slug);

	/** The slug of the set a published target belongs to, by the target's own slug. */
	@Query("""
			select s.slug from NdcTarget t join t.submission s
			where t.slug = :slug and t.publicationStatus = org.a6portal.common.PublicationStatus.PUBLISHED
			""")
	Optional<String> findPublishedSetSlugOfTarget(String slug);

}
