/** Assessments for people: Markdown and self-contained HTML, {@link io.github.regkit.report.AssessmentReport}. */
@NullMarked
package io.github.regkit.report;

import org.jspecify.annotations.NullMarked;
