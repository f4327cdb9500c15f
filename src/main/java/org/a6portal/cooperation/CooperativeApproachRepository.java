package org.a6portal.cooperation;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.a6portal.common.PublicationStatus;
import org.jspecify.annotations.Nullable;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/**
 * Published cooperative approaches with their Parties, activities and transfers, each in one statement.
 */
public interface CooperativeApproachRepository extends Repository<CooperativeApproach, Long> {

	Optional<CooperativeApproach> findById(Long id);

	Optional<CooperativeApproach> findBySlug(String slug);

	/** The records with these slugs, in one query (imports). */
	List<CooperativeApproach> findBySlugIn(java.util.Collection<String> slugs);

	CooperativeApproach save(CooperativeApproach approach);

	List<CooperativeApproach> findAllByOrderByTitle();

	void delete(CooperativeApproach approach);

	/** Editors' list: title, notes, description or slug containing the text (accents ignored), by status and Party, one page. */
	@Query(value = """
			select a from CooperativeApproach a
			where (:text = '' or search_fold(a.title) like concat('%', :text, '%') or a.slug like concat('%', :text, '%')
			       or search_fold(a.notes) like concat('%', :text, '%')
			       or search_fold(a.description) like concat('%', :text, '%'))
			and (:status is null or a.publicationStatus = :status)
			and (:country is null or exists (select 1 from CooperativeApproach b join b.parties p
			                                 where b = a and p.countryIso2 = :country))
			""")
	Page<CooperativeApproach> search(String text, @Nullable PublicationStatus status, @Nullable String country,
			Pageable pageable);

	@Query("select count(m) from MitigationActivity m where m.approachId = :id")
	long countActivities(Long id);

	@Query("select count(t) from ItmoTransfer t where t.approachId = :id")
	long countTransfers(Long id);

	/** A country's published approaches with their Parties and sectors; newest signature first. */
	@Query("""
			select distinct a from CooperativeApproach a
			left join fetch a.parties
			left join fetch a.sectors
			where (:shown is null or a.publicationStatus = :shown)
			and exists (select 1 from CooperativeApproach b join b.parties p
			            where b = a and p.countryIso2 = :iso2)
			""")
	List<CooperativeApproach> findPublishedByParty(String iso2, @Nullable PublicationStatus shown);

	@Query("""
			select m from MitigationActivity m
			left join fetch m.activityType t left join fetch t.sector
			where m.approachId in (select b.id from CooperativeApproach b join b.parties p
			                       where p.countryIso2 = :iso2
			                       and (:shown is null or b.publicationStatus = :shown))
			and (:shown is null or m.publicationStatus = :shown)
			order by m.authorizedOn desc nulls last, m.title
			""")
	List<MitigationActivity> findPublishedActivitiesByParty(String iso2, @Nullable PublicationStatus shown);

	@Query("""
			select t from ItmoTransfer t
			where t.approachId in (select b.id from CooperativeApproach b join b.parties p
			                       where p.countryIso2 = :iso2
			                       and (:shown is null or b.publicationStatus = :shown))
			and (:shown is null or t.publicationStatus = :shown)
			order by t.transferredOn desc
			""")
	List<ItmoTransfer> findPublishedTransfersByParty(String iso2, @Nullable PublicationStatus shown);

	/**
	 * A country's published Article 6.2 events: those of its published approaches and those hosted by it that belong
	 * to no approach; in date order, undated ones last. The two are a union of index scans (approach, host): with an
	 * "or" PostgreSQL reads every event.
	 */
	@Query("""
			select e from ItmoEvent e
			where e.id in (select x.id from ItmoEvent x
			               where x.approachId in (select b.id from CooperativeApproach b join b.parties p
			                                      where p.countryIso2 = :iso2
			                                      and (:shown is null or b.publicationStatus = :shown))
			               union all
			               select y.id from ItmoEvent y where y.approachId is null and y.hostIso2 = :iso2)
			and (:shown is null or e.publicationStatus = :shown)
			order by e.eventOn nulls last, e.slug
			""")
	List<ItmoEvent> findPublishedEventsByParty(String iso2, @Nullable PublicationStatus shown);

	/**
	 * The API's lists: ids of the published approaches matching the filters, by slug, one page (or all). The role is
	 * the {@code country} Party's; the year, the year it was signed.
	 */
	@Query(value = """
			select a.id from CooperativeApproach a
			where a.publicationStatus = org.a6portal.common.PublicationStatus.PUBLISHED
			and (:status is null or a.status = :status)
			and (:instrument is null or a.instrument = :instrument)
			and (:country is null or exists (select 1 from CooperativeApproach b join b.parties p
			                                 where b = a and p.countryIso2 = :country
			                                 and (:role is null or p.role = :role)))
			and (:year is null or extract(year from a.signedOn) = :year)
			order by a.slug
			""", countQuery = """
			select count(a) from CooperativeApproach a
			where a.publicationStatus = org.a6portal.common.PublicationStatus.PUBLISHED
			and (:status is null or a.status = :status)
			and (:instrument is null or a.instrument = :instrument)
			and (:country is null or exists (select 1 from CooperativeApproach b join b.parties p
			                                 where b = a and p.countryIso2 = :country
			                                 and (:role is null or p.role = :role)))
			and (:year is null or extract(year from a.signedOn) = :year)
			""")
	Page<Long> findPublishedIds(@Nullable String country, @Nullable ApproachStatus status,
			@Nullable Instrument instrument, @Nullable PartyRole role, @Nullable Integer year, Pageable pageable);

	/** The API's lists: the published approaches with these ids, with their Parties and sectors, in one statement. */
	@Query("""
			select distinct a from CooperativeApproach a
			left join fetch a.parties
			left join fetch a.sectors
			where a.id in :ids
			and a.publicationStatus = org.a6portal.common.PublicationStatus.PUBLISHED
			""")
	List<CooperativeApproach> findPublishedWithPartiesAndSectorsByIdIn(Collection<Long> ids);

	/** The API's lists: the published mitigation activities of these approaches. */
	@Query("""
			select m from MitigationActivity m
			left join fetch m.activityType t left join fetch t.sector
			where m.approachId in :approachIds
			and m.publicationStatus = org.a6portal.common.PublicationStatus.PUBLISHED
			order by m.authorizedOn desc nulls last, m.title
			""")
	List<MitigationActivity> findPublishedActivitiesByApproachIdIn(Collection<Long> approachIds);

	/** The API's lists: the published ITMO transfers of these approaches. */
	@Query("""
			select t from ItmoTransfer t
			where t.approachId in :approachIds
			and t.publicationStatus = org.a6portal.common.PublicationStatus.PUBLISHED
			order by t.transferredOn desc, t.slug
			""")
	List<ItmoTransfer> findPublishedTransfersByApproachIdIn(Collection<Long> approachIds);

	/** A published approach's own page: the approach with its Parties and sectors, in one statement. */
	@Query("""
			select distinct a from CooperativeApproach a
			left join fetch a.parties
			left join fetch a.sectors
			where a.slug = :slug
			and a.publicationStatus = org.a6portal.common.PublicationStatus.PUBLISHED
			""")
	Optional<CooperativeApproach> findPublishedBySlug(String slug);

	/** The API's record of an approach: the published ITMO events of these approaches, in date order, undated last. */
	@Query("""
			select e from ItmoEvent e
			where e.approachId in :approachIds
			and e.publicationStatus = org.a6portal.common.PublicationStatus.PUBLISHED
			order by e.eventOn nulls last, e.slug
			""")
	List<ItmoEvent> findPublishedEventsByApproachIdIn(Collection<Long> approachIds);

}
