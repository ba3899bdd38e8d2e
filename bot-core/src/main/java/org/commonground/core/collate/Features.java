package org.commonground.core.collate;

/**
 * What the collator computed from one reply's text and wants kept with it, so that later
 * collations reuse it: a vector, named by the model that made it.
 *
 * @param model  the name and version of what computed the vector; vectors of different models are
 *               never compared
 * @param vector the values; not copied, so treat it as read-only
 */
public record Features(String model, float[] vector) {
}
