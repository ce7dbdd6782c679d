/**
 * « Mon plan d'action »: from the recommended form to the first steps. The roadmap of a form as a
 * checklist kept per journey, its calendar counted backwards from a target date, its export as an
 * iCalendar file, the consequences and contacts, the optional « Vos structures » step, the draft
 * documents (DOCX) filled from it, and the « Dossier pour votre accompagnateur » (PDF). Its table
 * is {@code action_plan}; it forgets a journey's plan when the questionnaire module says the
 * journey was deleted.
 */
@NullMarked
package fr.capcooperation.plan;

import org.jspecify.annotations.NullMarked;
