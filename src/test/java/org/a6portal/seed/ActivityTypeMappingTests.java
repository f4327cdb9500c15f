package org.a6portal.seed;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.a6portal.seed.SeedRows.Row;
import org.junit.jupiter.api.Test;

import org.springframework.core.io.FileSystemResource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The reviewed mapping file maps every activity type the CDM pipeline names: a new type in a new edition of the
 * sheet fails here (and stops the seed load) until someone maps it.
 */
class ActivityTypeMappingTests {

	private static final List<Row> MAPPING = SeedRows.read(new FileSystemResource("db/seed/activity_type_mapping.csv"));

	@Test
	void everyActivityTypeOfThePipelineIsMapped() {
		ActivityTypeMapping mapping = new ActivityTypeMapping(MAPPING);
		Set<String> unmapped = new TreeSet<>();
		for (Row row : SeedRows.read(new FileSystemResource("db/seed/pacm_transitions.csv"))) {
			String type = row.text("activity_type_in_source");
			if (type != null && !mapping.maps(type)) {
				unmapped.add(type);
			}
		}
		assertThat(unmapped).isEmpty();
	}

	@Test
	void wordingIsMatchedWithoutRegardToCase() {
		ActivityTypeMapping mapping = new ActivityTypeMapping(MAPPING);
		assertThat(mapping.codeOf("EE Households")).isEqualTo(mapping.codeOf("EE households")).isEqualTo("household_efficiency");
		assertThat(mapping.codeOf("Biomass Energy")).isEqualTo("bioenergy");
		assertThat(mapping.codeOf("Wind")).isEqualTo("renewable_power");
	}

	@Test
	void anUnmappedTypeStopsTheLoadNamingTheFileToEdit() {
		ActivityTypeMapping mapping = new ActivityTypeMapping(MAPPING);
		assertThatExceptionOfType(ActivityTypeMapping.UnmappedActivityTypeException.class)
			.isThrownBy(() -> mapping.codeOf("Ocean fertilisation"))
			.withMessageContaining("'Ocean fertilisation'")
			.withMessageContaining("db/seed/activity_type_mapping.csv");
	}

}
