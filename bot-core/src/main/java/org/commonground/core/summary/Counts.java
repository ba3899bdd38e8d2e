package org.commonground.core.summary;

/** "12 replies from 9 people", with the singulars right. */
final class Counts {

    private Counts() {
    }

    static String replies(int replies, int people) {
        return replies + (replies == 1 ? " reply" : " replies") + " from " + people
                + (people == 1 ? " person" : " people");
    }
}
