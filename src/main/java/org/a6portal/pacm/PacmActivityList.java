package org.a6portal.pacm;

import java.util.List;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * One page of a country's published Article 6.4 activities, filtered and sorted as asked ({@link PacmListQuery}):
 * projects and programmes first, then components grouped by the programme their title names. The order by clause is
 * built from the query's whitelisted sort keys only, never from the visitor's text.
 */
@Service
@Transactional(readOnly = true)
public class PacmActivityList {

	private static final String WHERE = """
			where (a.hostIso2 = :iso2 or :iso2 member of a.otherHosts)
			and a.publicationStatus = org.a6portal.common.PublicationStatus.PUBLISHED
			and (:stage is null or a.stage = :stage)
			and (:form is null or a.form = :form)
			""";

	private final EntityManager entityManager;

	private final PacmActivityRepository repository;

	PacmActivityList(EntityManager entityManager, PacmActivityRepository repository) {
		this.entityManager = entityManager;
		this.repository = repository;
	}

	public Result find(String iso2, PacmListQuery query) {
		long matching = this.entityManager
			.createQuery("select count(a) from PacmActivity a " + WHERE, Long.class)
			.setParameter("iso2", iso2)
			.setParameter("stage", query.stage())
			.setParameter("form", query.form())
			.getSingleResult();
		TypedQuery<PacmActivity> page = this.entityManager.createQuery("""
				select a from PacmActivity a
				left join fetch a.activityType t left join fetch t.sector left join fetch a.programme p
				""" + WHERE + """
				order by case when a.form = org.a6portal.pacm.ActivityForm.COMPONENT then 1 else 0 end,
				    p.title asc nulls last, """ + query.sort().orderBy(query.descending()) + ", a.title, a.id",
				PacmActivity.class);
		List<PacmActivity> activities = page.setParameter("iso2", iso2)
			.setParameter("stage", query.stage())
			.setParameter("form", query.form())
			.setFirstResult(query.offset())
			.setMaxResults(PacmListQuery.PAGE_SIZE)
			.getResultList();
		PacmSummary all = PacmSummary.of(this.repository.tallyByHost(iso2,
				org.a6portal.common.PublicationStatus.PUBLISHED));
		return new Result(query, activities, matching, all);
	}

	/**
	 * @param query what was asked
	 * @param activities the page's activities
	 * @param matching how many match the filters
	 * @param all the country's activities at a glance, for the filters' counts
	 */
	public record Result(PacmListQuery query, List<PacmActivity> activities, long matching, PacmSummary all) {

		/** The activity whose source every activity of the page cites, if they all cite one. */
		public @Nullable PacmActivity sharedSource() {
			return PacmActivity.sharedSourceOf(this.activities);
		}

		/** The page's projects and programmes. */
		public List<PacmActivity> projectsAndProgrammes() {
			return this.activities.stream().filter((activity) -> !activity.isComponent()).toList();
		}

		/** The page's components, under their programmes. */
		public List<ComponentGroup> componentGroups() {
			return ComponentGroup.of(this.activities.stream().filter(PacmActivity::isComponent).toList());
		}

		public int pages() {
			return (int) Math.max(1, (this.matching + PacmListQuery.PAGE_SIZE - 1) / PacmListQuery.PAGE_SIZE);
		}

		public boolean beyondLastPage() {
			return this.query.page() > pages();
		}

		public int first() {
			return (this.matching == 0) ? 0 : this.query.offset() + 1;
		}

		public int last() {
			return this.query.offset() + this.activities.size();
		}

	}

}
