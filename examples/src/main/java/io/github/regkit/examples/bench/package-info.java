/**
 * What regkit's benchmarks measure against: a hand-written floor for the Massachusetts verdicts and
 * a generator of synthetic packs of any size. The JMH benchmarks themselves are in {@code
 * src/jmh/java}, built with {@code -P bench}.
 */
package io.github.regkit.examples.bench;
