package io.github.desconcentra.costing;

import io.github.desconcentra.territory.UnitCode;
import java.math.BigDecimal;

/**
 * An atomic project: one action on one typology in one unit, from a standard cost line, with its priority score and
 * the inputs behind it.
 *
 * @param id stable identifier {@code CODE/TYPOLOGY/ACTION}
 * @param unit never null
 * @param sector sector id
 * @param typology typology code
 * @param action action id
 * @param quantity units or staff
 * @param capex capital cost, paid in the start year
 * @param opexPerYear recurrent cost from completion onward
 * @param buildYears years from start to completion
 * @param priority the score, 6 decimals; larger first
 * @param priorityInputs the inputs of the score, in words
 */
public record Project(String id, UnitCode unit, String sector, String typology, String action, long quantity,
                      Money capex, Money opexPerYear, int buildYears, BigDecimal priority, String priorityInputs) {
}
