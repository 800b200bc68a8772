package org.sijill.text;

/** How a {@link Count}'s figure relates to the real number. */
public enum Qualifier {
    /** The text states the number: {@code 6}, {@code ستة}, {@code عنصرين}. */
    EXACT,
    /** About a number ({@code نحو 900}, {@code حوالي 500}), or a range ({@code من 30 إلى 40}). */
    APPROXIMATE,
    /** A lower bound: {@code أكثر من 25} (low 26), {@code ما لا يقل عن 12} (low 12). */
    AT_LEAST,
    /** An upper bound: {@code أقل من 10} (high 9), {@code لا يزيد عن 10} (high 10). */
    AT_MOST,
    /** A vague quantity: {@code عشرات}, {@code مئات}, {@code بضعة}, {@code عدة}, a bare plural noun. */
    VAGUE
}
