package fr.capcooperation.web;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.ITemplateContext;
import org.thymeleaf.dialect.AbstractDialect;
import org.thymeleaf.dialect.IPostProcessorDialect;
import org.thymeleaf.engine.AbstractTemplateHandler;
import org.thymeleaf.model.IAttribute;
import org.thymeleaf.model.ICloseElementTag;
import org.thymeleaf.model.IModelFactory;
import org.thymeleaf.model.IOpenElementTag;
import org.thymeleaf.model.IProcessableElementTag;
import org.thymeleaf.model.IStandaloneElementTag;
import org.thymeleaf.model.IText;
import org.thymeleaf.postprocessor.IPostProcessor;
import org.thymeleaf.postprocessor.PostProcessor;
import org.thymeleaf.templatemode.TemplateMode;

/**
 * Every page, fragment and PDF as Thymeleaf writes it goes through {@link FrenchTypography}: the
 * text of messages, of the catalogue (what admins edit in the back-office), of Markdown, and the
 * attributes people read (labels for screen readers, tooltips, placeholders, image texts). One
 * place, so that no bundle or catalogue text has to carry the no-break spaces itself.
 */
@Component
class FrenchTypographyDialect extends AbstractDialect implements IPostProcessorDialect {

	FrenchTypographyDialect() {
		super("Typographie française");
	}

	@Override
	public int getDialectPostProcessorPrecedence() {
		return 1000;
	}

	@Override
	public Set<IPostProcessor> getPostProcessors() {
		return Set.of(new PostProcessor(TemplateMode.HTML, Handler.class, 1000),
				new PostProcessor(TemplateMode.XML, Handler.class, 1000));
	}

	/** Rewrites text and read attributes on their way out; leaves code, scripts and fields alone. */
	public static final class Handler extends AbstractTemplateHandler {

		/** The attributes a person reads or hears. */
		private static final Set<String> READ_ATTRIBUTES = Set.of("aria-label", "title", "alt", "placeholder",
				"aria-description");

		private final Deque<String> notProse = new ArrayDeque<>();

		private @Nullable IModelFactory models;

		@Override
		public void setContext(ITemplateContext context) {
			super.setContext(context);
			this.models = context.getModelFactory();
		}

		@Override
		public void handleText(IText text) {
			String content = text.getText();
			if (!notProse.isEmpty()) {
				super.handleText(text);
				return;
			}
			String typeset = FrenchTypography.html(content);
			super.handleText(typeset.equals(content) ? text : models().createText(typeset));
		}

		@Override
		public void handleOpenElement(IOpenElementTag tag) {
			String name = tag.getElementCompleteName().toLowerCase(Locale.ROOT);
			if (FrenchTypography.NOT_PROSE.contains(name)) {
				notProse.push(name);
			}
			super.handleOpenElement(withReadAttributes(tag));
		}

		@Override
		public void handleStandaloneElement(IStandaloneElementTag tag) {
			super.handleStandaloneElement(withReadAttributes(tag));
		}

		@Override
		public void handleCloseElement(ICloseElementTag tag) {
			String name = tag.getElementCompleteName().toLowerCase(Locale.ROOT);
			if (!notProse.isEmpty() && notProse.peek().equals(name)) {
				notProse.pop();
			}
			super.handleCloseElement(tag);
		}

		private IModelFactory models() {
			return Objects.requireNonNull(models, "the template context is set before any event");
		}

		private <T extends IProcessableElementTag> T withReadAttributes(T tag) {
			T result = tag;
			for (IAttribute attribute : tag.getAllAttributes()) {
				String name = attribute.getAttributeCompleteName();
				String value = attribute.getValue();
				if (value != null && READ_ATTRIBUTES.contains(name)) {
					String typeset = FrenchTypography.text(value);
					if (!typeset.equals(value)) {
						result = models().replaceAttribute(result, attribute.getAttributeDefinition().getAttributeName(),
								name, typeset);
					}
				}
			}
			return result;
		}
	}
}
