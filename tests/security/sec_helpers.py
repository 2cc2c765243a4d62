"""Texts shared by the security tests."""

# « humidifier » is a false friend of « humidify » for « atténuer » with the immune system.
WRONG = "Des médicaments pour humidifier le système immunitaire.\n"
FIXED = "Des médicaments pour atténuer le système immunitaire.\n"
