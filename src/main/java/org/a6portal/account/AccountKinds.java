package org.a6portal.account;

import java.util.Map;

import org.a6portal.record.RecordKind;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Editor accounts, as the change log names them ({@code app_user}): their changes are listed and labelled like a
 * record's, but only administrators reach their list ({@code /admin/users}), so the navigation names it apart.
 */
@Configuration(proxyBeanMethods = false)
public class AccountKinds {

	public static final RecordKind ACCOUNT = RecordKind.of("app_user")
		.admin("users")
		.labels("admin.user", Map.of("email", "admin.login.email", "password", "admin.login.password"))
		.notInFeeds();

	@Bean
	RecordKind accountKind() {
		return ACCOUNT;
	}

}
