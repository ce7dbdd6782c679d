package fr.capcooperation.admin;

/** What an account may do: ADMIN everything, EDITOR drafts and previews, TRAINER the trainer mode. */
public enum Role {
	ADMIN, EDITOR, TRAINER
}
