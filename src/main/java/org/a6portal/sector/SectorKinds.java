package org.a6portal.sector;

import java.util.Map;

import org.a6portal.record.RecordKind;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The sector as a record editors keep (its names in three languages).
 */
@Configuration(proxyBeanMethods = false)
public class SectorKinds {

	public static final RecordKind SECTOR = RecordKind.of("sector")
		.admin("sectors")
		.labels("admin.sector", Map.of("nameEn", "admin.country.nameEn", "nameEs", "admin.country.nameEs", "nameFr",
				"admin.country.nameFr"))
		.nav("sectors", 110);

	@Bean
	RecordKind sectorKind() {
		return SECTOR;
	}

}
