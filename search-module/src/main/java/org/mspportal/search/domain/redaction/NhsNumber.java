package org.mspportal.search.domain.redaction;

/** The NHS number's modulus 11 check digit. About 1 in 11 random ten-digit numbers pass it, so it is never enough alone. */
final class NhsNumber {

    private NhsNumber() {
    }

    static boolean isValid(String tenDigits) {
        if (tenDigits.length() != 10 || !tenDigits.chars().allMatch(Character::isDigit)) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            sum += (tenDigits.charAt(i) - '0') * (10 - i);
        }
        int check = 11 - sum % 11;
        if (check == 11) {
            check = 0;
        }
        return check != 10 && check == tenDigits.charAt(9) - '0';
    }
}
