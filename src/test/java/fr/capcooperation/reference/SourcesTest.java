package fr.capcooperation.reference;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The articles a reference cites, and where each one is read on Légifrance. */
class SourcesTest {

	@Test
	void a_reference_cites_its_articles_text_by_text() {
		assertThat(Sources.articles("Code de la commande publique, art. L1220-1 et R2142-19 à R2142-27."))
			.isEqualTo(Map.of("Code de la commande publique", List.of("L1220-1", "R2142-19", "R2142-27")));
		assertThat(Sources.articles("Loi du 1er juillet 1901, art. 9 bis (loi n° 2014-856 du 31 juillet 2014) ;"
				+ " décret du 16 août 1901, art. 15-1 et suivants ; Code du travail, art. L1224-1."))
			.containsEntry("Loi du 1er juillet 1901", List.of("9 bis"))
			.containsEntry("Décret du 16 août 1901", List.of("15-1"))
			.containsEntry("Code du travail", List.of("L1224-1"))
			.doesNotContainKey("Loi n° 2014-856 du 31 juillet 2014");
		assertThat(Sources.articles("Loi du 1er juillet 1901, art. 1er (« deux ou plusieurs personnes »)"))
			.containsEntry("Loi du 1er juillet 1901", List.of("1"));
		assertThat(Sources.articles("Règlement (CE) n° 1435/2003 du 22 juillet 2003, art. 2")).isEmpty();
		assertThat(Sources.articles("Contrat ordinaire régi par le Code civil (art. 1101 et suivants) ; avec un financeur"
				+ " public, loi n° 2000-321 du 12 avril 2000, art. 10."))
			.isEqualTo(Map.of("Code civil", List.of("1101"), "Loi n° 2000-321 du 12 avril 2000", List.of("10")));
		assertThat(Sources.articles("Code de l’action sociale et des familles (CASF), art. L312-7 (3°) et R312-194-1 et suivants."))
			.isEqualTo(Map.of("Code de l’action sociale et des familles", List.of("L312-7", "R312-194-1")));
		assertThat(Sources.articles("Décret du 20 août 2019 (CASF, art. R312-194-1 et suivants)")).as("not the decree's")
			.isEmpty();
		assertThat(Sources.articles("Loi n° 2024-317 du 8 avril 2024, art. 6 (CASF, art. L312-7-2)"))
			.isEqualTo(Map.of("Loi n° 2024-317 du 8 avril 2024", List.of("6")));
	}

	@Test
	void an_article_whose_identifier_was_confirmed_opens_itself_else_a_search_for_it() {
		Sources.Article transfer = Sources.article("Code du travail", "L1224-1");
		assertThat(transfer.direct()).isTrue();
		assertThat(transfer.url()).isEqualTo("https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000006900875");
		Sources.Article solidarity = Sources.article("Code du travail", "L1253-8");
		assertThat(solidarity.direct()).isFalse();
		assertThat(solidarity.url()).startsWith("https://www.legifrance.gouv.fr/search/all?")
			.contains("query=Code+du+travail+article+L1253-8");
		assertThat(solidarity.label()).isEqualTo("art. L1253-8");
	}
}
