package fr.capcooperation.web;

import java.util.List;

import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Scope;

import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.json.JsonMapper;

/**
 * Limits on every JSON document the application's mapper reads (API request bodies, stored
 * answers): Jackson's defaults accept documents of any length and any number of tokens. The
 * largest legitimate document, a full set of answers, has about a hundred tokens, a nesting
 * depth of three and no string over a few hundred characters. The document length is a
 * backstop above the request body limit (1 MB, counted by {@link BoundedRequestBodies}, which
 * answers 413 first), for documents that do not come from a request.
 *
 * <p>Jackson keeps these limits in its stream factory, which a {@code JsonMapperBuilderCustomizer}
 * cannot replace; so this is Spring Boot's own {@code JsonMapper.Builder} bean (which Boot skips
 * when one is defined) built on a factory with limits, then customised exactly as Boot does.
 */
@Configuration(proxyBeanMethods = false)
class JsonInputLimits {

	static final StreamReadConstraints LIMITS = StreamReadConstraints.builder()
		.maxDocumentLength(4 * 1024 * 1024)
		.maxTokenCount(20_000)
		.maxNestingDepth(32)
		.maxStringLength(100_000)
		.maxNameLength(1_000)
		.maxNumberLength(100)
		.build();

	@Bean
	@Scope("prototype")
	JsonMapper.Builder jsonMapperBuilder(List<JsonMapperBuilderCustomizer> customizers) {
		JsonMapper.Builder builder = JsonMapper.builder(JsonFactory.builder().streamReadConstraints(LIMITS).build());
		customizers.forEach(customizer -> customizer.customize(builder));
		return builder;
	}
}
