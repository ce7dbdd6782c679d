/**
 * Cap Coopération: helps French associations choose how to cooperate, and explains why. Each
 * sub-package is an application module (see {@code docs/architecture.md}).
 */
@NullMarked
package fr.capcooperation;

import org.jspecify.annotations.NullMarked;
