package id.gcio.academy.quiz.gift;

/**
 * Something in a GIFT file that was not imported: the 1-based line, why (Bahasa Indonesia, for trainers), and whether
 * it is a valid GIFT construct the academy does not support ({@code unsupported}) rather than a mistake in the file.
 */
public record GiftProblem(int line, String message, boolean unsupported) {

    @Override
    public String toString() {
        return "Baris " + line + ": " + message;
    }
}
