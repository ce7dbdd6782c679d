package fr.capcooperation.together;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import fr.capcooperation.advice.Advisor;
import fr.capcooperation.together.SharedApproach.Partner;
import fr.capcooperation.together.SharedApproach.Respondent;

/**
 * A respondent's link: who it answers for, « Répondre » (the questionnaire as everybody walks
 * it, in a journey of its own), the synthesis and its PDF as the coordinator allows them, and
 * « Supprimer nos réponses ».
 */
@Controller
@RequestMapping("/ensemble/lien")
class RespondentController {

	private final SharedApproaches approaches;
	private final Advisor advisor;
	private final MessageSource messages;
	private final DiagnosisPdf pdf;

	RespondentController(SharedApproaches approaches, Advisor advisor, MessageSource messages, DiagnosisPdf pdf) {
		this.approaches = approaches;
		this.advisor = advisor;
		this.messages = messages;
		this.pdf = pdf;
	}

	@GetMapping("/{token}")
	String welcome(@PathVariable String token, Model model) {
		Link link = link(token);
		model.addAttribute("approach", link.approach());
		model.addAttribute("partner", link.partner());
		model.addAttribute("respondent", link.respondent());
		model.addAttribute("progress", approaches.progressOf(link.respondent()));
		return "together/respondent";
	}

	@PostMapping("/{token}/repondre")
	String answer(@PathVariable String token) {
		return "redirect:/questionnaire/" + approaches.journeyOf(link(token).respondent());
	}

	@GetMapping("/{token}/synthese")
	String synthesis(@PathVariable String token, @RequestParam(name = "question", required = false) @Nullable String question,
			@RequestParam(name = "reponse", defaultValue = "0") String variant, Model model) {
		Link link = link(token);
		model.addAttribute("approach", link.approach());
		model.addAttribute("respondentToken", token);
		model.addAttribute("view", SynthesisView.of(approaches.synthesis(link.approach()),
				link.approach().partnersSeeAnswers(), question, CoordinatorController.number(variant, 0), approaches, advisor,
				messages));
		model.addAttribute("synthesisUrl", "/ensemble/lien/" + token + "/synthese");
		model.addAttribute("coordinator", false);
		return "together/synthesis";
	}

	/** The shared diagnosis, as the coordinator lets partners see it. */
	@GetMapping("/{token}/diagnostic.pdf")
	ResponseEntity<byte[]> diagnosis(@PathVariable String token) {
		return pdf.download(link(token).approach());
	}

	@GetMapping("/{token}/supprimer")
	String confirmDeletion(@PathVariable String token, Model model) {
		Link link = link(token);
		model.addAttribute("approach", link.approach());
		model.addAttribute("partner", link.partner());
		model.addAttribute("respondent", link.respondent());
		return "together/delete-answers";
	}

	@PostMapping("/{token}/supprimer")
	String delete(@PathVariable String token) {
		approaches.deleteAnswers(link(token).respondent());
		return "redirect:/ensemble/lien/" + token + "?reponses-supprimees";
	}

	private Link link(String token) {
		SharedApproach approach = approaches.findByRespondent(token).orElseThrow(UnknownApproachException::new);
		Respondent respondent = approach.respondent(token).orElseThrow(UnknownApproachException::new);
		Partner partner = approach.partner(respondent.partnerId()).orElseThrow(UnknownApproachException::new);
		return new Link(approach, partner, respondent);
	}

	private record Link(SharedApproach approach, Partner partner, Respondent respondent) {
	}
}
