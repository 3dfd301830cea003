package vn.chitieu.decision;

import vn.chitieu.period.Period;

/**
 * A target for a period outside the decision's year (a 2022 decision with a target for 2031 or
 * 1999-Q1): bad input, refused before anything is stored.
 */
public class PeriodOutsideYearException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    public PeriodOutsideYearException(Period period, int year) {
        super("period " + period + " is outside the decision's year " + year
                + ": a decision of " + year + " sets targets for " + year + " or a half, quarter or month of it");
    }
}
