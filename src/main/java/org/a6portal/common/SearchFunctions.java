package org.a6portal.common;

import org.hibernate.boot.model.FunctionContributions;
import org.hibernate.boot.model.FunctionContributor;
import org.hibernate.type.StandardBasicTypes;

/**
 * {@code search_fold(text)} in queries: the text in lower case without accents, as the SQL function of the same name
 * (V16) makes it, so that admin search finds "Perú" by "peru". Declared to Hibernate as returning text, so that it
 * may stand in a {@code like}. Registered in {@code META-INF/services}.
 */
public class SearchFunctions implements FunctionContributor {

	@Override
	public void contributeFunctions(FunctionContributions functions) {
		functions.getFunctionRegistry()
			.registerPattern("search_fold", "search_fold(?1)",
					functions.getTypeConfiguration().getBasicTypeRegistry().resolve(StandardBasicTypes.STRING));
	}

}
