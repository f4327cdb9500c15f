package org.a6portal.web;

import java.util.Set;

import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.dialect.AbstractDialect;
import org.thymeleaf.dialect.IExpressionObjectDialect;
import org.thymeleaf.expression.IExpressionObjectFactory;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Makes {@link LocalizedText} available in templates as {@code #localized}, bound to the page's locale:
 * {@code th:text="${#localized.date(approach.signedOn)}"}, {@code th:lang="${#localized.lang(approach.title)}"}.
 */
@Component
class LocalizedTextDialect extends AbstractDialect implements IExpressionObjectDialect {

	private static final String NAME = "localized";

	private final MessageSource messages;

	LocalizedTextDialect(MessageSource messages) {
		super(NAME);
		this.messages = messages;
	}

	@Override
	public IExpressionObjectFactory getExpressionObjectFactory() {
		return new IExpressionObjectFactory() {

			@Override
			public Set<String> getAllExpressionObjectNames() {
				return Set.of(NAME);
			}

			@Override
			public Object buildObject(IExpressionContext context, String expressionObjectName) {
				return new LocalizedText(LocalizedTextDialect.this.messages, context.getLocale());
			}

			@Override
			public boolean isCacheable(String expressionObjectName) {
				return true;
			}

		};
	}

}
