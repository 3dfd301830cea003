/**
 * The export use case: what storage holds, in the column contract its import reads (pure Java;
 * reads through the storage ports of {@code vn.chitieu.port.out} only).
 */
package vn.chitieu.application.export;
