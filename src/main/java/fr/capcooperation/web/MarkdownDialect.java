package fr.capcooperation.web;

import java.util.Set;

import org.springframework.stereotype.Component;
import org.thymeleaf.context.ITemplateContext;
import org.thymeleaf.dialect.AbstractProcessorDialect;
import org.thymeleaf.engine.AttributeName;
import org.thymeleaf.model.IProcessableElementTag;
import org.thymeleaf.processor.IProcessor;
import org.thymeleaf.processor.element.IElementTagStructureHandler;
import org.thymeleaf.standard.processor.AbstractStandardExpressionAttributeTagProcessor;
import org.thymeleaf.standard.processor.StandardDefaultAttributesTagProcessor;
import org.thymeleaf.templatemode.TemplateMode;

/**
 * {@code cc:markdown="${text}"} replaces an element's body with the sanitised HTML of a
 * Markdown text, {@code cc:markdown-inline} without the surrounding paragraph. Content is
 * rendered by {@link MarkdownRenderer}, so nothing an editor types can run script.
 */
@Component
class MarkdownDialect extends AbstractProcessorDialect {

	static final String PREFIX = "cc";

	private final MarkdownRenderer renderer;

	MarkdownDialect(MarkdownRenderer renderer) {
		super("Cap Coopération", PREFIX, StandardDefaultAttributesTagProcessor.PRECEDENCE);
		this.renderer = renderer;
	}

	@Override
	public Set<IProcessor> getProcessors(String dialectPrefix) {
		return Set.of(new MarkdownProcessor(dialectPrefix, "markdown", false),
				new MarkdownProcessor(dialectPrefix, "markdown-inline", true));
	}

	private final class MarkdownProcessor extends AbstractStandardExpressionAttributeTagProcessor {

		private final boolean inline;

		MarkdownProcessor(String prefix, String attribute, boolean inline) {
			super(TemplateMode.HTML, prefix, attribute, 1300, true, false);
			this.inline = inline;
		}

		@Override
		protected void doProcess(ITemplateContext context, IProcessableElementTag tag, AttributeName attributeName,
				String attributeValue, Object expressionResult, IElementTagStructureHandler structureHandler) {
			String text = expressionResult == null ? "" : expressionResult.toString();
			structureHandler.setBody(inline ? renderer.inline(text) : renderer.html(text), false);
		}
	}
}
