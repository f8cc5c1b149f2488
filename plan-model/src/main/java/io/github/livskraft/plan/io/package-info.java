/**
 * Reading and writing plans as YAML and JSON: {@link io.github.livskraft.plan.io.PlanModelModule} (the one
 * Jackson module to register), {@link io.github.livskraft.plan.io.PlanReader} (files with line/column and JSON
 * path in every error) and {@link io.github.livskraft.plan.io.PlanWriter}.
 */
@NullMarked
package io.github.livskraft.plan.io;

import org.jspecify.annotations.NullMarked;
