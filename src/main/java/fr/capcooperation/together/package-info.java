/**
 * Together: a shared approach (« démarche commune ») in which every partner structure answers
 * the questionnaire on its own links, and the coordinator sees where the partners agree and
 * which of their divergences change the recommendation.
 */
@NullMarked
package fr.capcooperation.together;

import org.jspecify.annotations.NullMarked;
