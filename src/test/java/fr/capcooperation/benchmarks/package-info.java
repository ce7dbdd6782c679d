/**
 * JMH benchmarks, run by hand (see {@code docs/benchmarks.md}).
 */
@NullMarked
package fr.capcooperation.benchmarks;

import org.jspecify.annotations.NullMarked;
