/**
 * The back-office: accounts, the draft and its editor, preview, publication, history, audit log and statistics, under {@code /admin}.
 */
@NullMarked
package fr.capcooperation.admin;

import org.jspecify.annotations.NullMarked;
