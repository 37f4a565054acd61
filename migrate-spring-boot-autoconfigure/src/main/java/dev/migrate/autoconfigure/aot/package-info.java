/**
 * Ahead-of-time processing and native-image hints: the revision resources, Java revision
 * classes and endpoint bodies an application with migrate reads at runtime.
 */
@NullMarked
package dev.migrate.autoconfigure.aot;

import org.jspecify.annotations.NullMarked;
