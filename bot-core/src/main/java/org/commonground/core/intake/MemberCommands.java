package org.commonground.core.intake;

import java.util.Optional;

import org.commonground.core.domain.Round;
import org.commonground.core.event.InboundEvent.CommandIssued;
import org.commonground.core.event.InboundResult;
import org.commonground.core.member.MemberService;
import org.commonground.core.port.ContributionStore;

/** The commands every member has: help, sharing an answer, their data, credit, and withdrawing. */
public final class MemberCommands {

    static final String HELP = String.join("\n",
            "Hello! I gather what this group thinks, and share it back as a short summary.",
            "• Reply to one of my questions to answer it, or send /share followed by your answer.",
            "• /credit on — be named in summaries (you are anonymous unless you choose this); /credit off to stop.",
            "• /forget — reply with it to one of your answers to withdraw that answer.",
            "• /mydata — see everything I hold about you.",
            "• /forgetme — delete everything I hold about you.",
            "• /openspace — how to propose and join sessions, when an open space runs here.");

    private final ReplyIntake intake;
    private final MemberService memberService;
    private final ContributionStore contributions;

    public MemberCommands(ReplyIntake intake, MemberService memberService, ContributionStore contributions) {
        this.intake = intake;
        this.memberService = memberService;
        this.contributions = contributions;
    }

    /** Handles the command if it is a member command; empty if it is not one of them. */
    Optional<InboundResult> handle(CommandIssued command) {
        return Optional.ofNullable(switch (command.name()) {
            case "start", "help" -> InboundResult.note(HELP);
            case "share" -> share(command);
            case "mydata" -> InboundResult.personal(memberService.describe(command.member()));
            case "forgetme" -> forgetMe(command);
            case "credit" -> credit(command);
            case "forget" -> forget(command);
            default -> null;
        });
    }

    private InboundResult share(CommandIssued command) {
        String text = ReplyText.clean(command.args());
        if (text.isEmpty()) {
            return InboundResult.note("Write your answer after /share, for example: /share more time with friends");
        }
        Optional<Round> round = intake.roundOfPrompt(command.chat(), command.replyTo()).filter(Round::isOpen)
                .or(() -> intake.newestOpenIn(command.chat()));
        if (round.isEmpty()) {
            return InboundResult.note("There's no open question here right now; thank you all the same!");
        }
        intake.take(round.get(), command.chat(), command.messageId(), command.member(), command.memberName(), text,
                command.at(), false);
        return InboundResult.note("Thank you — your answer is in.");
    }

    private InboundResult forgetMe(CommandIssued command) {
        MemberService.Forgotten forgotten = memberService.forget(command.member());
        return InboundResult.note(forgotten.anything()
                ? "Done: I have deleted everything I held about you, including " + forgotten.contributions()
                + (forgotten.contributions() == 1 ? " answer." : " answers.")
                : "I held nothing about you, so there was nothing to delete.");
    }

    private InboundResult credit(CommandIssued command) {
        String choice = command.args().strip().toLowerCase();
        if (!choice.equals("on") && !choice.equals("off")) {
            return InboundResult.note("Send /credit on to be named in summaries, or /credit off to stay anonymous.");
        }
        boolean on = choice.equals("on");
        if (!memberService.setCredited(command.member(), on)) {
            return InboundResult.note("I haven't heard from you yet; answer a question first, then choose.");
        }
        return InboundResult.note(on ? "Thank you — summaries will name you when they quote you."
                : "Done — summaries will quote you anonymously.");
    }

    private InboundResult forget(CommandIssued command) {
        if (command.replyTo() == null) {
            return InboundResult.note("Reply with /forget to one of your own answers to withdraw it.");
        }
        return contributions.findByMessage(command.chat(), command.replyTo())
                .filter(c -> c.author().equals(command.member()))
                .map(c -> {
                    contributions.delete(c.id());
                    return InboundResult.note("Withdrawn — that answer won't be in the summary.");
                })
                .orElse(InboundResult.note("That isn't one of your answers, so there is nothing to withdraw."));
    }
}
