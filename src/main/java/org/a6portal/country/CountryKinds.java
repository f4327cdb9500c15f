package org.a6portal.country;

import java.util.Map;

import org.a6portal.record.RecordKind;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The country as a record editors keep (names, slug, region, summary, arrangements); its page is the profile.
 */
@Configuration(proxyBeanMethods = false)
public class CountryKinds {

	public static final RecordKind COUNTRY = RecordKind.of("country")
		.admin("countries")
		.labels("admin.country", Map.of("authorizationArrangement", "admin.country.authorization",
				"trackingArrangement", "admin.country.tracking"))
		.nav("countries", 10);

	@Bean
	RecordKind countryKind() {
		return COUNTRY;
	}

}
