/**
 * Benchmarks. Each area has its own package; results and the commands that reproduce them are in the
 * README. Tests never assert timings; these measure them.
 */
package org.commonground.bench;
