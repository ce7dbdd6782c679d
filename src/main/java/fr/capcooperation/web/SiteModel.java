package fr.capcooperation.web;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import fr.capcooperation.CapCoopSettings;

/** What every page may need: the public address of the site, for share links. */
@ControllerAdvice
class SiteModel {

	private final String publicUrl;

	SiteModel(CapCoopSettings settings) {
		this.publicUrl = settings.publicUrl();
	}

	@ModelAttribute("publicUrl")
	String publicUrl() {
		return publicUrl;
	}
}
