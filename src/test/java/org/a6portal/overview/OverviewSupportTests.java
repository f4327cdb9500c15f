package org.a6portal.overview;

import java.math.BigDecimal;

import org.a6portal.common.BadRequestException;
import org.a6portal.country.Region;
import org.a6portal.pacm.Stage;
import org.a6portal.worldmap.Measure;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** The overview pages' shared reading of parameters, paging, addresses and region sums. */
class OverviewSupportTests {

	enum Sort implements ListParameters.SortKey {

		SIZE, TITLE;

		@Override
		public boolean descendingByDefault() {
			return this == SIZE;
		}

	}

	@Test
	void blankMeansAnyAndValuesAreReadStrictly() {
		assertThat(ListParameters.page(null)).isEqualTo(1);
		assertThat(ListParameters.page("12")).isEqualTo(12);
		assertThat(ListParameters.code(Stage.class, "stage", "")).isNull();
		assertThat(ListParameters.code(Stage.class, "stage", "host_approved")).isEqualTo(Stage.HOST_APPROVED);
		assertThat(ListParameters.code(Region.class, "region", "asia")).isEqualTo(Region.ASIA);
		assertThat(ListParameters.countryCode("country", "Pe")).isEqualTo("PE");
		assertThat(ListParameters.year("year", "2021")).isEqualTo(2021);
		assertThat(ListParameters.sort(Sort.class, null, Sort.SIZE)).isEqualTo(Sort.SIZE);
		assertThat(ListParameters.descending(null, Sort.TITLE)).isFalse();
		assertThat(ListParameters.descending("desc", Sort.TITLE)).isTrue();
		assertThat(ListParameters.measure("", Measure.TRANSITIONS)).isEqualTo(Measure.TRANSITIONS);
	}

	@ParameterizedTest
	@ValueSource(strings = { "0", "-1", " 1", "1.5", "２", "1234567", "HOST_APPROVED", "host_approved,host_approved",
			"x", "1850", "peru", "size;drop" })
	void anythingElseIsABadRequestNamingTheParameter(String value) {
		assertThatExceptionOfType(BadRequestException.class).isThrownBy(() -> {
			ListParameters.page(value);
			ListParameters.code(Stage.class, "stage", value);
			ListParameters.year("year", value);
			ListParameters.countryCode("country", value);
			ListParameters.sort(Sort.class, value, Sort.SIZE);
		});
		assertThatExceptionOfType(BadRequestException.class)
			.isThrownBy(() -> ListParameters.code(Stage.class, "stage", value))
			.satisfies((ex) -> assertThat(ex.messageKey()).isEqualTo("overview.invalid.stage"));
		assertThatExceptionOfType(BadRequestException.class)
			.isThrownBy(() -> ListParameters.sort(Sort.class, value, Sort.SIZE))
			.satisfies((ex) -> assertThat(ex.messageKey()).isEqualTo("overview.invalid.sort"));
	}

	@Test
	void aLongValueIsQuotedShortened() {
		assertThatExceptionOfType(BadRequestException.class)
			.isThrownBy(() -> ListParameters.page("9".repeat(10_000)))
			.satisfies((ex) -> assertThat(ex.getRequested()).hasSize(41).endsWith("…"));
	}

	@Test
	void aPagePastTheLastOrTooDeepIsRefused() {
		Pager pager = Pager.of(2, 50, 120);
		assertThat(pager.offset()).isEqualTo(50);
		assertThat(pager.first()).isEqualTo(51);
		assertThat(pager.last()).isEqualTo(100);
		assertThat(pager.pages()).isEqualTo(3);
		assertThat(Pager.of(1, 50, 0).pages()).isEqualTo(1);
		assertThatExceptionOfType(BadRequestException.class).isThrownBy(() -> Pager.of(4, 50, 120))
			.satisfies((ex) -> assertThat(ex.getRequested()).isEqualTo("3"));
		Pager deep = Pager.of(Pager.MAX_PAGE_DEPTH, 50, 245_900);
		assertThat(deep.truncated()).isTrue();
		assertThat(deep.hasNext()).isFalse();
		assertThatExceptionOfType(BadRequestException.class).isThrownBy(() -> Pager.of(Pager.MAX_PAGE_DEPTH + 1, 50, 245_900))
			.satisfies((ex) -> assertThat(ex.messageKey()).isEqualTo("overview.invalid.pageTooDeep"));
	}

	@Test
	void oneStateHasOneAddressAndTheApiTakesItsFilters() {
		QueryString query = new QueryString().filter("country", "pe")
			.filter("stage", null)
			.filter("activityType", "clean cooking&more")
			.view("sort", "title")
			.view("dir", null);
		assertThat(query.filters()).isEqualTo("?country=pe&activityType=clean+cooking%26more");
		assertThat(query.atPage(1)).isEqualTo("?country=pe&activityType=clean+cooking%26more&sort=title");
		assertThat(query.atPage(3)).endsWith("&sort=title&page=3");
		assertThat(new QueryString().atPage(2)).isEqualTo("?page=2");
		assertThat(new QueryString().filters()).isEmpty();
	}

	@Test
	void regionsAddUpInTheirOrderWithTheRegionlessLast() {
		RegionSummary summary = RegionSummary.builder()
			.add(Region.OCEANIA, 2, BigDecimal.TEN)
			.add(null, 1, null)
			.add(Region.AFRICA, 3, null)
			.add(Region.AFRICA, 4, BigDecimal.ONE)
			.build();
		assertThat(summary.rows()).extracting(RegionSummary.Row::messageKey)
			.containsExactly("region.africa", "region.oceania", "region.other");
		assertThat(summary.rows()).extracting(RegionSummary.Row::count).containsExactly(7L, 2L, 1L);
		assertThat(summary.rows()).extracting(RegionSummary.Row::figure)
			.containsExactly(BigDecimal.ONE, BigDecimal.TEN, BigDecimal.ZERO);
		assertThat(summary.total()).isEqualTo(10);
	}

}
