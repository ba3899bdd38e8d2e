package org.commonground.testkit.telegram;

/** The kinds of chat the fake models, by their Bot API names. */
enum ChatType {
    PRIVATE("private"), GROUP("group"), SUPERGROUP("supergroup");

    private final String apiName;

    ChatType(String apiName) {
        this.apiName = apiName;
    }

    String apiName() {
        return apiName;
    }
}
