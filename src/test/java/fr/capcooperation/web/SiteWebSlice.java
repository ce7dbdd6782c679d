package fr.capcooperation.web;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Import;

import fr.capcooperation.CapCoopSettings;

/**
 * What a {@code @WebMvcTest} of a module's pages needs of the shared web module: the site's
 * security, the Markdown dialect of the templates, the page model, the settings. Import it.
 */
@TestConfiguration(proxyBeanMethods = false)
@Import({ SiteSecurity.class, MarkdownDialect.class, FrenchDatesDialect.class, MarkdownRenderer.class, SiteModel.class })
@EnableConfigurationProperties(CapCoopSettings.class)
public class SiteWebSlice {
}
