package org.a6portal.pacm;

import java.util.List;

import org.a6portal.common.PublicationStatus;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * One page of a country's published Article 6.4 activities, filtered and sorted as asked ({@link PacmListQuery}):
 * projects and programmes first, then components grouped by the programme their title names. The order by clause is
 * built from the query's whitelisted sort keys only, never from the visitor's text; the rows are read through indexes
 * ({@link HostedActivities}), so a page costs the same at any number of activities.
 */
@Service
@Transactional(readOnly = true)
public class PacmActivityList {

	private final HostedActivities hosted;

	PacmActivityList(HostedActivities hosted) {
		this.hosted = hosted;
	}

	/**
	 * Two statements besides the country's: the tally (the filters' counts, and how many rows each part of the list
	 * has), then the page's rows ({@link HostedActivities#slice}), whatever the number of activities.
	 */
	public Result find(String iso2, PacmListQuery query) {
		List<PacmTally> tallies = this.hosted.tally(iso2, PublicationStatus.PUBLISHED);
		long projects = HostedActivities.count(tallies, query.stage(), query.form(), false);
		long components = HostedActivities.count(tallies, query.stage(), query.form(), true);
		long offset = query.offset();
		long projectsOnPage = Math.max(0, Math.min(PacmListQuery.PAGE_SIZE, projects - offset));
		long componentsOffset = Math.max(0, offset - projects);
		long projectsOffset = Math.min(offset, projects);
		long componentsOnPage = PacmListQuery.PAGE_SIZE - projectsOnPage;
		List<PacmActivity> activities = this.hosted.slice(iso2,
				new HostedActivities.Slice(PublicationStatus.PUBLISHED, query.stage(), query.form(),
						query.sort().order(), query.descending(), true, projectsOffset, projectsOnPage,
						componentsOffset, componentsOnPage,
						HostedActivities.coHosted(tallies, query.stage(), query.form()), projects, components,
						seek(query.cursor(), projectsOffset, projectsOnPage, componentsOffset, componentsOnPage)));
		return new Result(query, activities, projects + components, PacmSummary.of(tallies));
	}

	/**
	 * Where a cursor helps: the part of the page that does not begin at its part's start (at most one does), read
	 * next to the cursor's activity instead of after walking its offset.
	 */
	private static HostedActivities.@Nullable Seek seek(PacmListQuery.@Nullable Cursor cursor, long projectsOffset,
			long projectsOnPage, long componentsOffset, long componentsOnPage) {
		if (cursor == null) {
			return null;
		}
		if (projectsOnPage > 0 && projectsOffset > 0) {
			return new HostedActivities.Seek(cursor.activityId(), cursor.before(), false);
		}
		if (componentsOnPage > 0 && componentsOffset > 0) {
			return new HostedActivities.Seek(cursor.activityId(), cursor.before(), true);
		}
		return null;
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

		/** The query string of the next page: its number, and after which activity it begins. */
		public String nextQuery() {
			return this.activities.isEmpty() ? this.query.queryString(this.query.page() + 1)
					: this.query.queryString(this.query.page() + 1, "after", this.activities.getLast().getId());
		}

		/** The query string of the previous page: its number, and before which activity it ends. */
		public String previousQuery() {
			return this.activities.isEmpty() ? this.query.queryString(this.query.page() - 1)
					: this.query.queryString(this.query.page() - 1, "before", this.activities.getFirst().getId());
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
