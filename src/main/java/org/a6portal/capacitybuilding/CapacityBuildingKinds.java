package org.a6portal.capacitybuilding;

import java.util.Map;

import org.a6portal.record.ProfileSection;
import org.a6portal.record.RecordKind;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The kind of capacity-building record: a project, often linked to many countries.
 */
@Configuration(proxyBeanMethods = false)
public class CapacityBuildingKinds {

	public static final RecordKind CAPACITY_BUILDING_PROJECT = RecordKind.of("capacity_building_project")
		.admin("capacity-building")
		.labels("admin.capacity", Map.of())
		.page("/capacity-building/", "capacity_building_project")
		.shownIn(ProfileSection.CAPACITY_BUILDING)
		.importedAsCsv()
		.nav("capacity", 100);

	@Bean
	RecordKind capacityBuildingProjectKind() {
		return CAPACITY_BUILDING_PROJECT;
	}

}
