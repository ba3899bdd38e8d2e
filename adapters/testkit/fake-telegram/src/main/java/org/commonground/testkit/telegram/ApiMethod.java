package org.commonground.testkit.telegram;

import com.fasterxml.jackson.databind.JsonNode;

/** One Bot API method: its parameters in, the {@code result} out, or an {@link ApiError} thrown. */
@FunctionalInterface
interface ApiMethod {

    JsonNode call(Params params);
}
