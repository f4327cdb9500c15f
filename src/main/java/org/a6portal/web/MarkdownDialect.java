package org.a6portal.web;

import java.util.Set;

import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.dialect.AbstractDialect;
import org.thymeleaf.dialect.IExpressionObjectDialect;
import org.thymeleaf.expression.IExpressionObjectFactory;

import org.springframework.stereotype.Component;

/**
 * Makes {@link Markdown} available in templates as {@code #markdown} ({@code th:utext="${#markdown.html(text)}"}).
 * An expression object rather than a bean reference, since Thymeleaf restricts bean access in some attributes.
 */
@Component
class MarkdownDialect extends AbstractDialect implements IExpressionObjectDialect {

	private final Markdown markdown;

	MarkdownDialect(Markdown markdown) {
		super("markdown");
		this.markdown = markdown;
	}

	@Override
	public IExpressionObjectFactory getExpressionObjectFactory() {
		return new IExpressionObjectFactory() {

			@Override
			public Set<String> getAllExpressionObjectNames() {
				return Set.of("markdown");
			}

			@Override
			public Object buildObject(IExpressionContext context, String expressionObjectName) {
				return MarkdownDialect.this.markdown;
			}

			@Override
			public boolean isCacheable(String expressionObjectName) {
				return true;
			}

		};
	}

}
