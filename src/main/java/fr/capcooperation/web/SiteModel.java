package fr.capcooperation.web;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What every page may need: the public address of the site, for share links. */
@ControllerAdvice
class SiteModel {

	private final String publicUrl;

	SiteModel(@Value("${capcoop.public-url}") String publicUrl) {
		this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
	}

	@ModelAttribute("publicUrl")
	String publicUrl() {
		return publicUrl;
	}
}
