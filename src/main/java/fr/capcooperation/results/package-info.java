/**
 * What people do with a finished result: the PDF, « Et si… ? » and the side-by-side comparison.
 */
@NullMarked
package fr.capcooperation.results;

import org.jspecify.annotations.NullMarked;
