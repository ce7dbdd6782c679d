package fr.capcooperation.api;

import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * The body of {@code POST /api/v1/recommendations}, as the OpenAPI document describes it. The
 * controller reads the body itself, so that every wrong field gets its own French message.
 */
record RecommendationRequest(Map<String, Object> answers, @Nullable Integer rulesetVersion) {
}
