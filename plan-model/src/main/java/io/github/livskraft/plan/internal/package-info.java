/** Implementation details of plan-model; not exported. */
package io.github.livskraft.plan.internal;
